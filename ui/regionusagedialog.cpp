// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionusagedialog.h"

#include "api/datacentersrequest.h"
#include "inventory/regionusage.h"
#include "models/regionusagemodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astra {

RegionUsageDialog::RegionUsageDialog(const OrganizationSnapshot &snapshot,
                                     const QString &databaseId, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_model(new RegionUsageModel(this))
{
    for (const Database &db : snapshot.databases) {
        if (db.id == databaseId) {
            m_database = db;
            m_found = true;
            break;
        }
    }
    if (!m_found)
        m_database.id = databaseId;
    // Only the keys and region names are needed from here on.
    m_snapshot.databases.clear();
    m_model->setDatabase(m_database, m_snapshot);
    buildUi();
}

RegionUsageDialog::~RegionUsageDialog()
{
    cancelFetch();
}

void RegionUsageDialog::buildUi()
{
    setObjectName(QStringLiteral("regionUsageDialog"));
    setModal(false);
    const QString name = m_database.name.isEmpty() ? m_database.id : m_database.name;
    setWindowTitle(tr("Region Usage — %1").arg(name));
    setAccessibleName(tr("Region usage of database %1").arg(name));

    auto selectable = [this](const char *objectName, const QString &accessible) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(objectName));
        label->setAccessibleName(accessible);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    m_nameLabel = selectable("databaseNameLabel", tr("Database name"));
    m_idLabel = selectable("databaseIdLabel", tr("Database ID"));
    m_statusLabel = selectable("databaseStatusLabel", tr("Database status"));
    m_typeLabel = selectable("databaseTierLabel", tr("Database type and tier"));
    m_organizationLabel = selectable("databaseOrganizationLabel", tr("Organization"));
    m_nameLabel->setText(m_database.name);
    m_idLabel->setText(m_database.id);
    m_statusLabel->setText(m_found ? m_database.status
                                   : tr("Not in the loaded inventory (terminated, or created "
                                        "since the last refresh)"));
    m_typeLabel->setText(m_found ? databaseKindText(m_database) : QString());
    m_organizationLabel->setText(m_snapshot.organization.name.isEmpty()
                                     ? m_snapshot.organization.id
                                     : QStringLiteral("%1 (%2)").arg(m_snapshot.organization.name,
                                                                     m_snapshot.organization.id));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_nameLabel);
    form->addRow(tr("ID:"), m_idLabel);
    form->addRow(tr("Status:", "database"), m_statusLabel);
    form->addRow(tr("Type:", "database"), m_typeLabel);
    form->addRow(tr("Organization:"), m_organizationLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("regionUsageTable"));
    m_table->setAccessibleName(tr("Regions of the database and their customer keys"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    m_showTerminated = new QCheckBox(tr("Show terminated regions"), this);
    m_showTerminated->setObjectName(QStringLiteral("showTerminatedCheck"));
    m_showTerminated->setAccessibleName(tr("Show terminated regions"));
    m_showTerminated->setEnabled(false);
    m_showTerminated->setToolTip(
        tr("Terminated regions are fetched from Astra when the organization is connected."));

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("regionUsageNoteLabel"));
    m_noteLabel->setWordWrap(true);
    if (!m_found)
        m_noteLabel->setText(tr("This database is not in the loaded inventory, so its regions "
                                "are unknown. Refresh, or open it in the Astra Portal."));

    m_copyButton = new QPushButton(tr("Copy as Text"), this);
    m_copyButton->setObjectName(QStringLiteral("copyAsTextButton"));
    m_copyButton->setAccessibleName(tr("Copy the region usage as text"));
    m_copyButton->setAutoDefault(false);
    m_portalButton = new QPushButton(tr("Open in Astra Portal"), this);
    m_portalButton->setObjectName(QStringLiteral("openInPortalButton"));
    m_portalButton->setAccessibleName(tr("Open the database in the Astra Portal"));
    m_portalButton->setAutoDefault(false);
    m_portalButton->setEnabled(portalUrl().isValid());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("regionUsageButtons"));
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_portalButton, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close", "dialog"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_showTerminated);
    layout->addWidget(m_noteLabel);
    layout->addWidget(buttons);
    resize(900, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &RegionUsageDialog::copyAsText);
    connect(m_portalButton, &QPushButton::clicked, this, &RegionUsageDialog::openInPortal);
    connect(m_showTerminated, &QCheckBox::toggled, this, &RegionUsageDialog::setShowTerminated);
}

void RegionUsageDialog::setSightings(const QHash<QString, KeySighting> &sightings)
{
    m_sightings = sightings;
    const bool terminatedShown = m_showTerminated->isChecked();
    cancelFetch();
    m_model->setDatabase(m_database, m_snapshot, m_sightings);
    if (terminatedShown)
        setShowTerminated(true);
}

void RegionUsageDialog::setConnection(const ApiConnection &connection)
{
    m_connection = connection;
    m_showTerminated->setEnabled(!m_database.id.isEmpty());
    m_showTerminated->setToolTip(
        tr("Fetches every region of the database from Astra, terminated ones included."));
}

void RegionUsageDialog::setConnection(const std::optional<ApiConnection> &connection,
                                      const QString &error)
{
    if (connection) {
        setConnection(*connection);
        return;
    }
    cancelFetch();
    m_connection.reset();
    m_showTerminated->setEnabled(false);
    if (!error.isEmpty())
        m_showTerminated->setToolTip(error);
}

QUrl RegionUsageDialog::portalUrl() const
{
    return astraPortalDatabaseUrl(m_snapshot.organization.id, m_database.id);
}

QString RegionUsageDialog::plainText() const
{
    QString text;
    text += tr("Database: %1 (%2)").arg(m_database.name, m_database.id) + u'\n';
    text += tr("Status: %1", "database").arg(m_statusLabel->text()) + u'\n';
    text += tr("Type: %1", "database").arg(m_typeLabel->text()) + u'\n';
    text += tr("Organization: %1").arg(m_organizationLabel->text()) + u'\n';
    text += u'\n';
    text += m_model->toPlainText();
    return text;
}

void RegionUsageDialog::copyAsText()
{
    QGuiApplication::clipboard()->setText(plainText());
    m_noteLabel->setText(tr("Copied the region usage to the clipboard."));
}

void RegionUsageDialog::openInPortal()
{
    const QUrl url = portalUrl();
    if (url.isValid() && !QDesktopServices::openUrl(url))
        m_noteLabel->setText(
            tr("No web browser could be started. The address is %1").arg(url.toString()));
}

void RegionUsageDialog::cancelFetch()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request = nullptr;
    }
}

void RegionUsageDialog::setShowTerminated(bool show)
{
    if (m_showTerminated->isChecked() != show) {
        m_showTerminated->setChecked(show); // comes back here through toggled()
        return;
    }
    cancelFetch();
    if (!show || !m_connection) {
        m_model->setDatabase(m_database, m_snapshot, m_sightings);
        m_noteLabel->setText(show ? tr("Terminated regions need a connection to Astra.")
                                  : QString());
        return;
    }
    m_noteLabel->setText(tr("Loading every region, terminated ones included…"));
    m_request = new DatacentersRequest(*m_connection, m_database.id, true, this);
    connect(m_request, &DatacentersRequest::received, this, &RegionUsageDialog::onDatacenters);
    connect(m_request, &ApiRequest::failed, this, &RegionUsageDialog::onFetchFailed);
    m_request->start();
}

void RegionUsageDialog::onDatacenters(const QList<Datacenter> &datacenters)
{
    m_model->setDatacenters(datacenters);
    m_table->resizeColumnsToContents();
    int terminated = 0;
    for (const Datacenter &dc : datacenters) {
        if (isDatacenterTerminated(dc))
            ++terminated;
    }
    m_noteLabel->setText(terminated == 0
                             ? tr("This database has no terminated regions.")
                             : tr("%n terminated region(s) shown.", nullptr, terminated));
    Q_EMIT terminatedRegionsLoaded(terminated);
}

void RegionUsageDialog::onFetchFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_noteLabel->setText(error.message);
    {
        // Back to what is known, without starting another fetch.
        const QSignalBlocker blocker(m_showTerminated);
        m_showTerminated->setChecked(false);
    }
    m_model->setDatabase(m_database, m_snapshot, m_sightings);
    Q_EMIT terminatedRegionsFailed(error.message);
}

} // namespace astra
