// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_regressions: replays the kept corpus and every crash reproducer through the same entry
// points the libFuzzer targets use, in a normal build with any compiler (and under ASan/UBSan in
// the sanitizer build), so a fixed crash that comes back fails the ordinary suite.
//
//   fuzz_regressions                       every target over tests/fuzz/{corpus,reproducers}/<name>
//   fuzz_regressions TARGET FILE|DIR...    one target over the given inputs
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <cstdio>

namespace astra::fuzz {

namespace {

QMap<QString, EntryPoint> &registry()
{
    static QMap<QString, EntryPoint> targets;
    return targets;
}

QStringList inputFiles(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort(); // a stable order, so a failure reproduces at the same place
    return files;
}

// Runs every input of paths through entry; returns how many inputs ran, or -1 on a read error.
int replay(const QString &name, EntryPoint entry, const QStringList &paths)
{
    int count = 0;
    for (const QString &path : paths) {
        for (const QString &file : inputFiles(path)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz_regressions: cannot read %s\n", qPrintable(file));
                return -1;
            }
            const QByteArray bytes = f.readAll();
            const QByteArray label = (name + u' ' + file).toLocal8Bit();
            setCurrentInput(label.constData());
            entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                  std::size_t(bytes.size()));
            setCurrentInput(nullptr);
            ++count;
        }
    }
    return count;
}

} // namespace

Registration::Registration(const char *name, EntryPoint entry)
{
    registry().insert(QString::fromLatin1(name), entry);
}

} // namespace astra::fuzz

int main(int argc, char **argv)
{
    using namespace astra::fuzz;
    const QString root = QStringLiteral(ASTRA_FUZZ_DIR);
    if (argc >= 3) {
        const QString name = QString::fromLocal8Bit(argv[1]);
        const auto entry = registry().value(name);
        if (!entry) {
            std::fprintf(stderr, "fuzz_regressions: no target '%s'\n", argv[1]);
            return 2;
        }
        QStringList paths;
        for (int i = 2; i < argc; ++i)
            paths.append(QString::fromLocal8Bit(argv[i]));
        const int count = replay(name, entry, paths);
        std::printf("%s: %d inputs\n", argv[1], count);
        return count < 0 ? 1 : 0;
    }
    if (argc != 1) {
        std::fprintf(stderr, "usage: fuzz_regressions [TARGET FILE|DIR...]\n");
        return 2;
    }
    int failures = 0;
    for (auto it = registry().cbegin(); it != registry().cend(); ++it) {
        const QString corpus = root + QStringLiteral("/corpus/") + it.key();
        const QString reproducers = root + QStringLiteral("/reproducers/") + it.key();
        const int seeds = replay(it.key(), it.value(), {corpus});
        const int crashes =
            QFileInfo::exists(reproducers) ? replay(it.key(), it.value(), {reproducers}) : 0;
        std::printf("%-14s %4d corpus inputs, %3d reproducers\n", qPrintable(it.key()), seeds,
                    crashes);
        // A target with no seeds would pass without having decoded anything.
        if (seeds <= 0 || crashes < 0)
            ++failures;
    }
    // Every target the build knows must have registered (a target file left out of the
    // replay would never be checked again).
    const QStringList expected =
        QStringLiteral(ASTRA_FUZZ_TARGET_NAMES).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : expected) {
        if (!registry().contains(name)) {
            std::fprintf(stderr, "fuzz_regressions: target '%s' did not register\n",
                         qPrintable(name));
            ++failures;
        }
    }
    if (registry().isEmpty())
        ++failures;
    std::fflush(stdout);
    return failures == 0 ? 0 : 1;
}
