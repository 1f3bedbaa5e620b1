#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Astra Keys contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND inside a private D-Bus session that owns an unlocked gnome-keyring (Secret Service),
# with a throw-away HOME and XDG_RUNTIME_DIR, so keychain tests talk to a real, encrypted keyring
# and never touch the developer's own one.
#
# After COMMAND has finished, every file under the throw-away HOME and XDG_RUNTIME_DIR is scanned
# for the extended regular expression in ASTRA_TEST_SECRET_PATTERN (if set): a match means a token
# reached the disk in plain text, and the run fails even if COMMAND passed.
#
# Exit status: COMMAND's, or 1 if a secret leaked, or 2 if the keyring could not be started.
set -euo pipefail

readonly inside_marker=--astra-inside-keyring-session
readonly keyring_password=astra-keys-test
readonly owner_deadline_seconds=10

log() { printf 'with-keyring: %s\n' "$*" >&2; }

# Runs inside dbus-run-session: start the keyring, wait for it, run the command, scan, stop.
inside_session() {
    local daemon_log="$XDG_RUNTIME_DIR/gnome-keyring.log"

    # --unlock reads the password from stdin and creates the "login" keyring with it if it does
    # not exist yet; --foreground keeps the daemon our child, so we know which process to stop.
    printf '%s' "$keyring_password" |
        gnome-keyring-daemon --foreground --unlock --components=secrets >"$daemon_log" 2>&1 &
    local daemon_pid=$!

    stop_daemon() {
        if kill -0 "$daemon_pid" 2>/dev/null; then
            kill "$daemon_pid" 2>/dev/null || true
            # Bounded wait: the daemon exits at once on SIGTERM; never let cleanup hang a test run.
            local i
            for ((i = 0; i < 50; i++)); do
                kill -0 "$daemon_pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -KILL "$daemon_pid" 2>/dev/null || true
        fi
        wait "$daemon_pid" 2>/dev/null || true
    }
    trap stop_daemon EXIT

    # Poll the bus (NameHasOwner does not trigger D-Bus activation, which would start a second,
    # locked daemon) until our daemon owns org.freedesktop.secrets, with a deadline.
    local deadline=$((SECONDS + owner_deadline_seconds))
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
        if ! kill -0 "$daemon_pid" 2>/dev/null; then
            log "gnome-keyring-daemon exited early:"
            cat "$daemon_log" >&2 || true
            exit 2
        fi
        if ((SECONDS >= deadline)); then
            log "org.freedesktop.secrets has no owner after ${owner_deadline_seconds} s"
            cat "$daemon_log" >&2 || true
            exit 2
        fi
        sleep 0.1
    done

    # Tests that write to the keyring check this, so they never run against a real user's keyring.
    export ASTRA_PRIVATE_KEYRING=1
    local rc=0
    "$@" || rc=$?

    # Stop the daemon before scanning so that everything it keeps has been written out.
    stop_daemon
    trap - EXIT

    if [[ -n "${ASTRA_TEST_SECRET_PATTERN:-}" ]]; then
        local leaks
        # -D skip: the runtime directory holds sockets; -a: keyring files are binary, and a
        # plain-text token inside a binary file is exactly what we are looking for.
        leaks=$(grep -rlaE -D skip -e "$ASTRA_TEST_SECRET_PATTERN" -- "$HOME" "$XDG_RUNTIME_DIR" ||
            true)
        if [[ -n "$leaks" ]]; then
            log "a test secret was found in plain text in:"
            printf '  %s\n' "$leaks" >&2
            exit 1
        fi
    fi
    exit "$rc"
}

if [[ "${1:-}" == "$inside_marker" ]]; then
    shift
    inside_session "$@"
fi

if (($# == 0)); then
    log "usage: with-keyring.sh COMMAND [ARGS...]"
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        log "$tool is missing (install dbus, dbus-x11 and gnome-keyring)"
        exit 2
    fi
done

tmp_root="${TMPDIR:-/tmp}"
test_home=$(mktemp -d "$tmp_root/astra-keyring-home.XXXXXX")
test_runtime=$(mktemp -d "$tmp_root/astra-keyring-run.XXXXXX")
# shellcheck disable=SC2317 # called by the traps
cleanup() { rm -rf -- "$test_home" "$test_runtime"; }
trap cleanup EXIT
# Turn a termination (ctest's timeout) into an exit, so the EXIT trap still removes the dirs.
trap 'exit 143' TERM
trap 'exit 130' INT
chmod 700 "$test_home" "$test_runtime"

export HOME="$test_home"
export XDG_RUNTIME_DIR="$test_runtime"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
# A display lets a locked keyring open a password prompt that nobody sees, and the test hangs.
unset DISPLAY WAYLAND_DISPLAY
# Never reach the caller's session bus, keyring or agent.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
# QtKeychain picks KWallet on a KDE desktop; we want the Secret Service through libsecret.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION
# libsecret needs the GLib main loop integration; QT_NO_GLIB=1 makes it hang.
unset QT_NO_GLIB

rc=0
dbus-run-session -- bash "${BASH_SOURCE[0]}" "$inside_marker" "$@" </dev/null || rc=$?
exit "$rc"
