#!/bin/sh
# Puts the Noto Serif SC TrueType fonts (SIL OFL 1.1) the PDF writer embeds into the build's resources.
# The fonts come from the npm package below through npm's own client and are cached, so only the first build
# downloads them. Without npm (or offline with an empty cache) the build still succeeds: it warns, and PDF
# export then refuses with a clear message instead of drawing empty boxes.
# Usage: fetch-font.sh OUTPUT_DIR CACHE_DIR
set -u
out="$1"
cache="$2"
pkg="@expo-google-fonts/noto-serif-sc@0.4.3"
regular="NotoSerifSC_400Regular.ttf"
bold="NotoSerifSC_700Bold.ttf"
target="$out/org/gongkai/core/write/fonts"

warn() {
  echo "[WARNING] 未能取得中文字体（$1）：本次构建不含 PDF 所需字体，导出 PDF 时将提示错误。" >&2
  exit 0
}

# A TrueType file with glyf outlines starts with the version 0x00010000; CFF-based OpenType ('OTTO') is refused.
is_truetype() {
  [ -s "$1" ] && [ "$(od -An -tx1 -N4 "$1" | tr -d ' \n')" = "00010000" ]
}

if ! is_truetype "$cache/$regular" || ! is_truetype "$cache/$bold"; then
  command -v npm >/dev/null 2>&1 || warn "找不到 npm"
  mkdir -p "$cache" || warn "无法创建缓存目录 $cache"
  work=$(mktemp -d) || warn "无法创建临时目录"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$pkg" >/dev/null 2>&1) || warn "npm pack $pkg 失败"
  tar -xzf "$work"/*.tgz -C "$work" "package/400Regular/$regular" "package/700Bold/$bold" package/LICENSE_FONT \
    || warn "字体包内容不符"
  is_truetype "$work/package/400Regular/$regular" || warn "$regular 不是 TrueType 字体"
  is_truetype "$work/package/700Bold/$bold" || warn "$bold 不是 TrueType 字体"
  # Move into place under temporary names first, so a parallel build never sees half a file.
  cp "$work/package/400Regular/$regular" "$cache/$regular.part" && mv "$cache/$regular.part" "$cache/$regular"
  cp "$work/package/700Bold/$bold" "$cache/$bold.part" && mv "$cache/$bold.part" "$cache/$bold"
  cp "$work/package/LICENSE_FONT" "$cache/OFL.txt"
fi

mkdir -p "$target" || warn "无法创建 $target"
cp "$cache/$regular" "$target/NotoSerifSC-Regular.ttf" && cp "$cache/$bold" "$target/NotoSerifSC-Bold.ttf" \
  || warn "无法复制字体"
[ -f "$cache/OFL.txt" ] && cp "$cache/OFL.txt" "$target/OFL.txt"
echo "[INFO] 中文字体已就绪：$target"
