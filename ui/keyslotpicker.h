// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerkey.h"
#include "core/serverlessregion.h"

#include <QWidget>

class QComboBox;

namespace astra {

// Chooses where a key lives: cloud provider, region (offered from the API's region list, any
// code may be typed) and key type. Shared by the look-up and registration dialogs.
class KeySlotPicker : public QWidget
{
    Q_OBJECT
public:
    explicit KeySlotPicker(const QList<ServerlessRegion> &regions, QWidget *parent = nullptr);

    CloudProvider provider() const;
    QString region() const;
    KeyType type() const;
    void setSlot(CloudProvider provider, const QString &region, KeyType type);

Q_SIGNALS:
    void changed();

private:
    void fillRegions();

    QList<ServerlessRegion> m_regions;
    QComboBox *m_provider;
    QComboBox *m_region;
    QComboBox *m_type;
};

} // namespace astra
