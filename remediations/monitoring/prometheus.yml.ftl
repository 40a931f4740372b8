[=marker]
# Scrapes the stack's services; started with: docker compose --profile monitoring up -d
global:
  scrape_interval: 15s
  evaluation_interval: 15s

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]
[#list targets as t]
  - job_name: [=t.name]
    metrics_path: [=t.path]
    static_configs:
      - targets: ["[=t.name]:[=t.port]"]
[/#list]
