#!/usr/bin/env bash
# Sends one signed terminal request with curl (HMAC-SM3, see README "Terminal API").
# usage: bench/sign.sh METHOD PATH [JSON_BODY]   (key and secret from data/demo/terminal.properties,
#        or EHC_KEY / EHC_SECRET; base URL from EHC_URL, default http://localhost:8080)
set -euo pipefail
method=$1; path=$2; body=${3:-}
props=${EHC_TERMINAL_FILE:-data/demo/terminal.properties}
key=${EHC_KEY:-$(sed -n 's/^keyId=//p' "$props")}
secret=${EHC_SECRET:-$(sed -n 's/^secret=//p' "$props")}
url=${EHC_URL:-http://localhost:8080}
ts=$(( $(date +%s%N) / 1000000 ))
nonce=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
digest=$(printf '%s' "$body" | openssl dgst -sm3 | awk '{print toupper($2)}')
sig=$(printf '%s\n%s\n%s\n%s\n%s' "$method" "$path" "$ts" "$nonce" "$digest" | openssl dgst -sm3 -hmac "$secret" | awk '{print toupper($2)}')
args=(-sS -X "$method" "$url$path" -H "X-EHC-Key: $key" -H "X-EHC-Timestamp: $ts" -H "X-EHC-Nonce: $nonce" -H "X-EHC-Signature: $sig")
if [ -n "$body" ]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
curl "${args[@]}"
echo
