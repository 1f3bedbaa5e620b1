// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiconnection.h"
#include "core/serverlessregion.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace astra {

class KeyLookupRequest;
class KeySlotPicker;

// "Which key is registered for this provider and region?": GET
// /v2/kms[/classic]/provider/P/region/R. Shows the key, or that none is registered (a 404 or an
// empty answer) and what registering one needs. Non-modal.
class KeyLookupDialog : public QDialog
{
    Q_OBJECT
public:
    KeyLookupDialog(const ApiConnection &connection, const QList<ServerlessRegion> &regions,
                    QWidget *parent = nullptr);
    KeySlotPicker *picker() const { return m_picker; }

private:
    void lookUp();

    ApiConnection m_connection;
    KeySlotPicker *m_picker;
    QPushButton *m_lookUp;
    QLabel *m_result;
    QPointer<KeyLookupRequest> m_request;
};

} // namespace astra
