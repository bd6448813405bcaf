# Finds a JDK 21 or newer for Stackbot's scripts. Source it, then call find_jdk: it prints the JDK's
# home on stdout, or explains on stderr what is missing and returns 1.
# Order: $JAVA_HOME, the java on PATH, then the usual install places (newest first).

jdk_major() { # $1 = a JDK home; prints its major version, or nothing
  local home=$1 line
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    line=$(grep -E '^JAVA_VERSION=' "$home/release" 2>/dev/null | head -n1 | tr -d '"')
    line=${line#JAVA_VERSION=}
  fi
  if [ -z "${line:-}" ]; then
    line=$("$home/bin/java" -version 2>&1 | head -n1 | sed -E 's/.*version "([^"]+)".*/\1/')
  fi
  line=${line#1.}            # 1.8 → 8
  printf '%s\n' "${line%%[.+-]*}"
}

find_jdk() {
  local home major seen="" best="" best_major=0 dir
  # the JDK the user chose wins when it is new enough
  for home in "${JAVA_HOME:-}" "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    [ -n "$home" ] || continue
    major=$(jdk_major "$home")
    [ -n "$major" ] && seen="$seen $home ($major)"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then printf '%s\n' "$home"; return 0; fi
  done
  # STACKBOT_JDK_DIRS (space-separated globs) replaces the usual install places, e.g. for testing this script
  for dir in ${STACKBOT_JDK_DIRS:-/usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* $HOME/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home}; do
    [ -d "$dir" ] || continue
    major=$(jdk_major "$dir")
    [ -n "$major" ] || continue
    seen="$seen $dir ($major)"
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$dir; best_major=$major; fi
  done
  if [ -n "$best" ]; then printf '%s\n' "$best"; return 0; fi
  echo "stackbot needs a JDK 21 or newer and found none (looked at JAVA_HOME, the java on PATH and the usual install places; found:${seen:- nothing}). Install one, e.g. 'apt-get install openjdk-21-jdk-headless', or point JAVA_HOME at it." >&2
  return 1
}
