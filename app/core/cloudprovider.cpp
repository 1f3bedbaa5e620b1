// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudprovider.h"

#include <QCoreApplication>

namespace astra {

CloudProvider cloudProviderFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(u"aws", Qt::CaseInsensitive) == 0)
        return CloudProvider::Aws;
    if (trimmed.compare(u"gcp", Qt::CaseInsensitive) == 0)
        return CloudProvider::Gcp;
    if (trimmed.compare(u"azure", Qt::CaseInsensitive) == 0)
        return CloudProvider::Azure;
    return CloudProvider::Unknown;
}

QString cloudProviderCode(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return QStringLiteral("aws");
    case CloudProvider::Gcp:
        return QStringLiteral("gcp");
    case CloudProvider::Azure:
        return QStringLiteral("azure");
    case CloudProvider::Unknown:
        break;
    }
    return QString();
}

QString cloudProviderDisplayName(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return QCoreApplication::translate("CloudProvider", "AWS");
    case CloudProvider::Gcp:
        return QCoreApplication::translate("CloudProvider", "Google Cloud");
    case CloudProvider::Azure:
        return QCoreApplication::translate("CloudProvider", "Azure");
    case CloudProvider::Unknown:
        break;
    }
    return QCoreApplication::translate("CloudProvider", "Other", "cloud provider");
}

} // namespace astra
