// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QPixmap>
#include <QTextStream>
#include <QWidget>

namespace astra {

bool saveScreenshot(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        QTextStream(stderr) << "astra-keys: "
                            << QWidget::tr("Could not save the screenshot to %1.").arg(path)
                            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace astra
