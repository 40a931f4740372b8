[=marker]
# Rate limiting for the reverse proxy. Include this file in the http {} context (the official
# image includes /etc/nginx/conf.d/*.conf there) and add `limit_req zone=per_ip burst=20 nodelay;`
# to the locations to protect (it is applied to / below when this file defines the server).
limit_req_zone $binary_remote_addr zone=per_ip:10m rate=10r/s;
limit_req_status 429;
limit_conn_zone $binary_remote_addr zone=conn_per_ip:10m;
