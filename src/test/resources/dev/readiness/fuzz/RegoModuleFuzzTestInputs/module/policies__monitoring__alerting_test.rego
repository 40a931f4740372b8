package readiness.checks.monitoring.alerting_test

import rego.v1

import data.readiness.checks.monitoring.alerting as check
import data.readiness.lib.fixtures as fx

test_passes_with_alert_rules if {
	d := fx.repo_doc({"monitoring": object.union(fx.empty_doc.repo.monitoring, {"alertRules": [{"file": "monitoring/alerts.yml", "count": 3}]})})
	count(check.deny) == 0 with input as d
}

test_passes_with_uptime_kuma if {
	count(check.deny) == 0 with input as fx.compose([{"name": "uptime", "role": "monitoring", "image": fx.image("louislam/uptime-kuma", "1")}])
}

test_fails_without_alerting if {
	count(check.deny) == 1 with input as fx.doc({})
}
