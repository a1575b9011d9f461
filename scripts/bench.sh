#!/usr/bin/env bash
# The benchmark: cold whole-process builds and warm one-note edits through the preview, for corpora of
# N statements shaped like the real ones, with an equivalent Hugo site when hugo is installed.
# Usage: scripts/bench.sh [N ...]      (default: seeds 100 1000 2000; 'seeds' is this repository)
# Prints a Markdown table; BENCHMARKS.md keeps the latest one. Needs: the README's build command run first.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
mvn -B -q test-compile >/dev/null
jar=$repo/target/briefing.jar
cp="$repo/target/test-classes:$jar"
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(seeds 100 1000 2000)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| statements | cold build s (median of $runs) | peak RSS MiB | stages ms (last run) | edit-to-served ms (rebuild part) | hugo s | ratio |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
  if [ "$n" = seeds ]; then
    root=$work/seeds; mkdir -p "$root"; cp -r seeds content templates "$root"/
    printf -- '---\ntitle: Benchmark note\ndate: 2025-01-01\n---\nA note the benchmark edits.\n' > "$root/content/notes/bench-note.md"
  else
    root=$work/n$n; java -cp "$cp" briefing.bench.CorpusGenerator "$repo" "$root" "$n"
  fi
  times=(); rss=(); stages=""
  for i in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$repo/briefing" build --root "$root" -v > "$work/out" 2>/dev/null
    read -r secs kb < "$work/time"; times+=("$secs"); rss+=("$kb")
    stages=$(grep '^stages:' "$work/out" | sed 's/^stages: //')
  done
  cold=$(printf '%s\n' "${times[@]}" | median)
  peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  latency=$(java -cp "$cp" briefing.bench.EditLatency "$root" 7 2>/dev/null)
  edit=$(printf '%s\n' "$latency" | sed -n 's/^edit-to-served ms: median \([0-9]*\).*/\1/p')
  rebuild=$(printf '%s\n' "$latency" | sed -n 's/^rebuild ms.*median \([0-9]*\).*/\1/p')
  hugo_s="n/a"; ratio="n/a"
  if command -v hugo >/dev/null 2>&1; then
    python3 - "$root/site-output/data/statements.json" "$work/hugo-$n" <<'PY'
import json, os, sys
data = json.load(open(sys.argv[1])); out = sys.argv[2]
os.makedirs(out + "/content/statements", exist_ok=True); os.makedirs(out + "/layouts/_default", exist_ok=True)
open(out + "/hugo.toml", "w").write('baseURL = "/"\ntitle = "bench"\n[taxonomies]\ntheme = "themes"\n')
open(out + "/layouts/_default/single.html", "w").write("<!DOCTYPE html><html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>")
open(out + "/layouts/_default/list.html", "w").write("<!DOCTYPE html><html><body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>")
open(out + "/layouts/index.html", "w").write("<!DOCTYPE html><html><body><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>")
for s in data["statements"]:
    themes = sorted({t for p in s["paragraphs"] for t in p["themes"]})
    body = "\n\n".join(('<a id="%s"></a>' % p["anchor"]) + p["text"] for p in s["paragraphs"])
    fm = {"title": s["title"], "date": s.get("date") or "2000-01-01", "themes": themes}
    open("%s/content/statements/%s.md" % (out, s["id"]), "w").write("---\n" + json.dumps(fm) + "\n---\n" + body + "\n")
PY
    htimes=()
    for i in $(seq 1 "$runs"); do
      /usr/bin/time -f '%e' -o "$work/htime" hugo --quiet --source "$work/hugo-$n" --destination "$work/hugo-$n/public" >/dev/null 2>&1
      htimes+=("$(cat "$work/htime")")
    done
    hugo_s=$(printf '%s\n' "${htimes[@]}" | median)
    ratio=$(awk -v a="$cold" -v b="$hugo_s" 'BEGIN { printf "%.1fx", a / b }')
  fi
  label=$n; [ "$n" = seeds ] && label="the seeds (2)"
  echo "| $label | $cold | $((peak / 1024)) | $stages | ${edit:-n/a} (${rebuild:-n/a}) | $hugo_s | $ratio |"
done
