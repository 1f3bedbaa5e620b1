// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace astra::test {

// What `secret-tool search --all ATTRIBUTE VALUE...` found in the Secret Service: an independent
// witness of where a token went (secret-tool does not use QtKeychain).
struct KeyringSearch
{
    int count = 0;  // items found; -1 if secret-tool is missing or did not finish
    QString secret; // of the last item
    QHash<QString, QString> attributes; // of the last item ("user", "server", "type")

    static KeyringSearch run(const QStringList &attributes)
    {
        KeyringSearch search;
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty()) {
            search.count = -1;
            return search;
        }
        QProcess process;
        process.start(tool,
                      QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes);
        process.closeWriteChannel();
        if (!process.waitForFinished(10'000)) {
            process.kill();
            process.waitForFinished();
            search.count = -1;
            return search;
        }
        // Items go to stdout as "[/path]" then "secret = ..." and more; the attribute lines
        // ("attribute.NAME = VALUE") go to stderr.
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QString secretPrefix = QStringLiteral("secret = ");
        const QString attributePrefix = QStringLiteral("attribute.");
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(u'['))
                ++search.count;
            else if (line.startsWith(secretPrefix))
                search.secret = line.mid(secretPrefix.size());
        }
        for (const QString &line : err.split(u'\n')) {
            const qsizetype separator = line.indexOf(QStringLiteral(" = "));
            if (line.startsWith(attributePrefix) && separator > 0)
                search.attributes.insert(
                    line.mid(attributePrefix.size(), separator - attributePrefix.size()),
                    line.mid(separator + 3));
        }
        return search;
    }

    static KeyringSearch service(const QString &service)
    {
        return run({QStringLiteral("server"), service});
    }
};

} // namespace astra::test
