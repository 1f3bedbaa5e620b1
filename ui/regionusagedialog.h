// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiconnection.h"
#include "inventory/keyusage.h"
#include "inventory/organizationsnapshot.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace astra {

class DatacentersRequest;
class RegionUsageModel;
struct ApiError;

// Region Usage details of one database: a header (name, id, status, type, organization) and one
// row per region with the customer key there and its status. Works from cached data alone; with a
// connection (setConnection) it can also fetch the terminated regions (?all=true).
// Non-modal: show() it (open() would make it window-modal); Esc closes it.
class RegionUsageDialog : public QDialog
{
    Q_OBJECT
public:
    RegionUsageDialog(const OrganizationSnapshot &snapshot, const QString &databaseId,
                      QWidget *parent = nullptr);
    ~RegionUsageDialog() override;

    // KeyHistory::sightings() of the organization: sharpens the status of each region.
    void setSightings(const QHash<QString, KeySighting> &sightings);
    // Enables "Show terminated regions". Without it, the dialog shows what the snapshot holds.
    void setConnection(const ApiConnection &connection);
    // As InventoryService::connectionFor() answers: no connection keeps the check box off, with
    // error (translated) as its tooltip.
    void setConnection(const std::optional<ApiConnection> &connection, const QString &error = {});

    RegionUsageModel *model() const { return m_model; }
    const Database &database() const { return m_database; }
    bool databaseFound() const { return m_found; }
    // https://astra.datastax.com/org/{orgId}/database/{dbId}
    QUrl portalUrl() const;
    // What "Copy as text" puts on the clipboard: the header, then the table.
    QString plainText() const;

public Q_SLOTS:
    void copyAsText();
    void openInPortal();
    void setShowTerminated(bool show);

Q_SIGNALS:
    // The ?all=true answer arrived and is shown (count: terminated regions in it).
    void terminatedRegionsLoaded(int count);
    void terminatedRegionsFailed(const QString &message);

private:
    void buildUi();
    void onDatacenters(const QList<Datacenter> &datacenters);
    void onFetchFailed(const ApiError &error);
    void cancelFetch();

    OrganizationSnapshot m_snapshot;
    Database m_database;
    bool m_found = false;
    QHash<QString, KeySighting> m_sightings;
    std::optional<ApiConnection> m_connection;
    QPointer<DatacentersRequest> m_request;
    RegionUsageModel *m_model;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_organizationLabel = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showTerminated = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_portalButton = nullptr;
};

} // namespace astra
