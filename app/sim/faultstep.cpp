// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultstep.h"

namespace astra::sim {

namespace {

bool parseNumber(QStringView text, qint64 low, qint64 high, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high)
        return false;
    *out = value;
    return true;
}

} // namespace

QString FaultStep::name() const
{
    switch (kind) {
    case Kind::Ok:
        return {};
    case Kind::Status: {
        QString n = QString::number(status);
        if (retryAfterSeconds >= 0)
            return n +
                   (retryAfterAsDate ? QStringLiteral(":retry-after-date=")
                                     : QStringLiteral(":retry-after=")) +
                   QString::number(retryAfterSeconds);
        switch (body) {
        case Body::Errors:
            return n;
        case Body::String:
            return n + QStringLiteral(":string");
        case Body::Text:
            return n + QStringLiteral(":text");
        case Body::Null:
            return n + QStringLiteral(":null");
        case Body::Empty:
            return n + QStringLiteral(":empty");
        }
        return n;
    }
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::WrongType:
        return QStringLiteral("wrongtype");
    case Kind::Huge:
        return bytes == kDefaultHugeBytes ? QStringLiteral("huge")
                                          : QStringLiteral("huge=%1").arg(bytes);
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Stall:
        return QStringLiteral("stall");
    case Kind::Delay:
        return QStringLiteral("delay=%1").arg(delayMs);
    case Kind::Repeat:
        return QStringLiteral("repeat");
    }
    return {};
}

bool FaultStep::parse(const QString &rawText, FaultStep *step, QString *error)
{
    const QString text = rawText.trimmed();
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("fault step '%1': %2").arg(text, why);
        return false;
    };
    FaultStep s;
    if (text == u"ok") {
        s.kind = Kind::Ok;
    } else if (text == u"truncate") {
        s.kind = Kind::Truncate;
    } else if (text == u"malformed") {
        s.kind = Kind::Malformed;
    } else if (text == u"wrongtype") {
        s.kind = Kind::WrongType;
    } else if (text == u"drop") {
        s.kind = Kind::Drop;
    } else if (text == u"stall") {
        s.kind = Kind::Stall;
    } else if (text == u"repeat") {
        s.kind = Kind::Repeat;
    } else if (text == u"huge") {
        s.kind = Kind::Huge;
        s.bytes = kDefaultHugeBytes;
    } else if (text.startsWith(u"huge=")) {
        s.kind = Kind::Huge;
        if (!parseNumber(QStringView(text).mid(5), 16, 1LL << 34, &s.bytes))
            return fail(QStringLiteral("expected huge=BYTES with 16 <= BYTES <= 2^34"));
    } else if (text.startsWith(u"delay=")) {
        s.kind = Kind::Delay;
        if (!parseNumber(QStringView(text).mid(6), 0, 3600 * 1000, &s.delayMs))
            return fail(QStringLiteral("expected delay=MS with 0 <= MS <= 3600000"));
    } else if (!text.isEmpty() && text.at(0).isDigit()) {
        s.kind = Kind::Status;
        const qsizetype colon = text.indexOf(u':');
        qint64 status = 0;
        if (!parseNumber(QStringView(text).left(colon < 0 ? text.size() : colon), 200, 599,
                         &status))
            return fail(QStringLiteral("expected an HTTP status from 200 to 599"));
        s.status = int(status);
        if (colon >= 0) {
            const QString form = text.mid(colon + 1);
            if (form == u"errors") {
                s.body = Body::Errors;
            } else if (form == u"string") {
                s.body = Body::String;
            } else if (form == u"text") {
                s.body = Body::Text;
            } else if (form == u"null") {
                s.body = Body::Null;
            } else if (form == u"empty") {
                s.body = Body::Empty;
            } else if (form.startsWith(u"retry-after=") || form.startsWith(u"retry-after-date=")) {
                s.retryAfterAsDate = form.startsWith(u"retry-after-date=");
                qint64 seconds = 0;
                if (!parseNumber(QStringView(form).mid(form.indexOf(u'=') + 1), 0, 86400, &seconds))
                    return fail(QStringLiteral("expected retry-after=SECONDS, 0 to 86400"));
                s.retryAfterSeconds = int(seconds);
            } else {
                return fail(QStringLiteral("unknown body form '%1' (errors, string, text, null, "
                                           "empty, retry-after=S, retry-after-date=S)")
                                .arg(form));
            }
        }
    } else {
        return fail(QStringLiteral("unknown fault (ok, STATUS[:form], truncate, malformed, "
                                   "wrongtype, huge[=BYTES], drop, stall, delay=MS, repeat)"));
    }
    *step = s;
    return true;
}

} // namespace astra::sim
