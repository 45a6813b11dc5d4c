# nginx for compose.yaml: Debian's nginx with the cache purge module, as on a Debian server,
# so deploy/nginx.conf is the same file in both places.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx libnginx-mod-http-cache-purge \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/cache/nginx/tdkt /var/www/letsencrypt \
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stdout /var/log/nginx/purge.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log
COPY nginx.conf /etc/nginx/nginx.conf
EXPOSE 80 443 8081
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
