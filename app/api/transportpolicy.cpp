// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transportpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace astra {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString transportProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Transport",
                                           "The API address \"%1\" is not a valid URL. Use an "
                                           "address such as https://api.astra.datastax.com.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (url.scheme() == u"https")
        return QString();
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return QString();
    if (url.scheme() == u"http")
        return QCoreApplication::translate(
                   "Transport", "Refusing to send the token over plain HTTP to %1. Use an https:// "
                                "address; plain http is allowed only to this computer (loopback).")
            .arg(url.host());
    return QCoreApplication::translate("Transport",
                                       "The API address must start with https:// (got \"%1\").")
        .arg(url.scheme());
}

} // namespace astra
