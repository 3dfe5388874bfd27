#!/usr/bin/env bash
# How many old deployments a redeploy leaves in memory (docs/platform.md, "Redeploys"). Against the demo server of
# `./gemlink run`: redeploys the built EAR N times, places a demo order after each (order intake runs through
# ConflictRetry, once the holder of every deployment), then counts the live EarClassLoaders after a full GC.
# A leak-free server shows 1 (the deployment in use), whatever N.
#   ./gemlink run && tools/redeploy-leak.sh 5 && ./gemlink stop
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-5}
ASADMIN="$ROOT/.gemlink/payara6/bin/asadmin"
EAR=${EAR:-$ROOT/dropship-ear/target/gemlink.ear}
BASE=http://localhost:8080
PID=$(pgrep -f 'glassfish.jar.*domain1|ASMain.*domain1' | head -1)
[ -n "$PID" ] || { echo "no Payara domain1 running: ./gemlink run first" >&2; exit 1; }
key() { sed -n "s/^GEMLINK_DEMO_DISTRIBUTOR_KEY=//p" "$ROOT/.gemlink/demo.env"; }
order() {
  local sku
  sku=$(curl -sS -H "Authorization: Bearer $(key)" "$BASE/api/v1/products?linked=true&size=100" |
    jq -r '[.items[] | select(.quantity > 0)][0].sku')
  curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(key)" -H 'Content-Type: application/json' \
    -X POST "$BASE/api/v1/orders" -d '{"channel":"SHOPIFY","externalId":"leak-'"$1"'-'"$(date +%s%N)"'","currency":"USD",
     "shippingAddress":{"name":"Mia Chen","line1":"20 Pine St","city":"Seattle","region":"WA","postalCode":"98101","country":"US"},
     "lines":[{"sku":"'"$sku"'","quantity":1,"unitPrice":199.00}]}'
}
for i in $(seq 1 "$N"); do
  "$ASADMIN" deploy --force=true --name gemlink "$EAR" >/dev/null
  until curl -sf -o /dev/null "$BASE/health"; do sleep 1; done
  echo "redeploy $i: order $(order "$i")"
done
jcmd "$PID" GC.run >/dev/null; sleep 2; jcmd "$PID" GC.run >/dev/null
echo "live EarClassLoaders after $N redeploys: $(jmap -histo:live "$PID" | awk '/EarClassLoader$/ { print $2 }')"
