#!/usr/bin/env bash
# Builds the demonstration film, its English captions (WebVTT) and transcript from a script file:
#   bash media/films/source/make-demo-film.sh media/films/source/to-the-edge-demo.txt to-the-edge-demo
# Needs Debian's ffmpeg, espeak-ng and fonts-dejavu-core. Narration is synthesised sentence by
# sentence so each caption cue matches its sentence exactly.
set -euo pipefail
script=$1; name=$2
here=$(cd "$(dirname "$0")" && pwd); media=$(cd "$here/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
vtt="$media/captions/$name.en.vtt"; transcript="$media/transcripts/$name.en.md"
mkdir -p "$media/captions" "$media/transcripts"
printf 'WEBVTT\n\n' > "$vtt"
printf '# Transcript: %s\n\n' "$(grep -v '^#' "$script" | head -n1)" > "$transcript"

ts() { awk -v t="$1" 'BEGIN { h=int(t/3600); m=int((t%3600)/60); s=t-h*3600-m*60; printf "%02d:%02d:%06.3f", h, m, s }'; }

clock=0; scene=0; cue=0; : > "$work/list.txt"
emit_scene() {
  local title=$1; shift
  scene=$((scene + 1)); local parts=() start=$clock
  printf '## %s\n\n' "$title" >> "$transcript"
  for sentence in "$@"; do
    cue=$((cue + 1))
    espeak-ng -v en-gb -s 150 -w "$work/s$cue.wav" "$sentence"
    local d; d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/s$cue.wav")
    local gap=0.6
    printf '%d\n%s --> %s\n%s\n\n' "$cue" "$(ts "$clock")" "$(ts "$(awk -v a="$clock" -v b="$d" 'BEGIN{print a+b}')")" "$sentence" >> "$vtt"
    printf '%s ' "$sentence" >> "$transcript"
    ffmpeg -nostdin -v error -y -i "$work/s$cue.wav" -af "apad=pad_dur=$gap" -ar 44100 -ac 1 "$work/p$cue.wav"
    parts+=("$work/p$cue.wav")
    clock=$(awk -v a="$clock" -v b="$d" -v g="$gap" 'BEGIN{print a+b+g}')
  done
  printf '\n\n' >> "$transcript"
  local audio="$work/scene$scene.wav"
  if [ ${#parts[@]} -gt 1 ]; then
    ffmpeg -nostdin -v error -y $(printf -- '-i %s ' "${parts[@]}") -filter_complex "concat=n=${#parts[@]}:v=0:a=1" "$audio"
  else cp "${parts[0]}" "$audio"; fi
  local dur; dur=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$audio")
  local text; text=$(printf '%s' "$title" | sed "s/'/\\\\\\\\'/g; s/:/\\\\:/g")
  ffmpeg -nostdin -v error -y -f lavfi -i "color=c=0x1f3b47:s=640x360:d=$dur:r=24" -i "$audio" \
    -vf "drawtext=fontfile=$bold:text='$text':fontcolor=white:fontsize=30:x=(w-text_w)/2:y=(h-text_h)/2-20,drawtext=fontfile=$font:text='Upstream demonstration':fontcolor=0xd0dde2:fontsize=16:x=(w-text_w)/2:y=h-40" \
    -c:v libx264 -preset veryslow -tune stillimage -crf 30 -pix_fmt yuv420p -c:a aac -b:a 32k -shortest "$work/scene$scene.mp4"
  echo "file '$work/scene$scene.mp4'" >> "$work/list.txt"
  echo "scene $scene ($title): ${dur}s, starts at ${start}s" >&2
}

title=""; sentences=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    '#'*) continue ;;
    '') if [ -n "$title" ]; then emit_scene "$title" "${sentences[@]}"; fi; title=""; sentences=() ;;
    *) if [ -z "$title" ]; then title=$line; else sentences+=("$line"); fi ;;
  esac
done < "$script"
if [ -n "$title" ]; then emit_scene "$title" "${sentences[@]}"; fi

mkdir -p "$media/films"
ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$work/list.txt" -c copy -movflags +faststart "$media/films/$name.mp4"
echo "Wrote $media/films/$name.mp4 ($(du -h "$media/films/$name.mp4" | cut -f1)), $vtt, $transcript" >&2
