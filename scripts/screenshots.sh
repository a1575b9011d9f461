#!/usr/bin/env bash
# Screenshots of every kind of page at phone (390 px) and desk (1280 px) widths, in light and dark mode,
# taken by headless Chromium from the built site: target/screenshots/<page>-<width>-<scheme>.png.
# Usage: scripts/screenshots.sh   (after the README's build command; needs: apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
site="$PWD/site-output"
out="$PWD/target/screenshots"
[ -f "$site/index.html" ] || { echo "build the site first: ./briefing build" >&2; exit 1; }
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
pages=(index.html themes/index.html themes/economy/index.html statements/index.html figures/index.html notes/index.html)
for statement in "$site"/statements/*/index.html; do pages+=("${statement#"$site"/}"); break; done
for note in "$site"/notes/*/index.html; do [ -f "$note" ] && pages+=("${note#"$site"/}"); break; done
for page in "${pages[@]}"; do
  name=$(echo "${page%index.html}" | tr '/' '-' | sed 's/-$//'); name=${name:-home}
  for width in 390 1280; do
    for scheme in light dark; do
      flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
             --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile"
             --window-size="$width,2400" --screenshot="$out/$name-$width-$scheme.png")
      [ "$scheme" = dark ] && flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
      chromium "${flags[@]}" "file://$site/$page" >/dev/null 2>&1
    done
  done
done
ls "$out"
