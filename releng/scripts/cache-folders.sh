# shellcheck shell=bash
# The per-user cache folder (~/.cache/casestudio) holds one folder per checkout and JDK for the
# desktop's start-up cache and one for the command line's (desktop-jvm.sh, cli-jvm.sh), some
# 80-130 MB each. A checkout never deletes another's folder while that checkout exists, so two
# clones do not evict each other; but a checkout that is removed (a CI job's clone, an old work
# tree) would leave its folder behind for ever. So each folder names its checkout, and a checkout
# that makes a new cache removes the folders whose checkout is gone. Folders made before they
# named their checkout are left alone.

# cache_folder_claim <folder> <checkout>: notes in the folder which checkout it belongs to.
cache_folder_claim() {
  local folder="$1" checkout="$2" named=""
  if [ -f "$folder/checkout" ]; then
    IFS= read -r named < "$folder/checkout" || true
  fi
  if [ "$named" != "$checkout" ]; then
    printf '%s\n' "$checkout" > "$folder/checkout" 2> /dev/null || true
  fi
}

# cache_folders_prune <cache home> <own folder>: removes the folders of checkouts that no longer
# exist (their ./casestudio is gone), never the caller's own. A checkout on a drive that is not mounted looks gone too: its next start
# then records its cache again, which costs that start some seconds.
cache_folders_prune() {
  local home="$1" own="$2" folder checkout
  for folder in "$home"/*/; do
    folder="${folder%/}"
    [ "$folder" != "$own" ] && [ -f "$folder/checkout" ] || continue
    checkout=""
    IFS= read -r checkout < "$folder/checkout" || true
    if [[ "$checkout" == /* ]] && [ ! -e "$checkout/casestudio" ]; then
      rm -rf "$folder"
    fi
  done
}
