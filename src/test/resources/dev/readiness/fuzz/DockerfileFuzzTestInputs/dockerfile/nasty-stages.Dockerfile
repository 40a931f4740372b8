ARG BASE=alpine
ARG TAG
FROM ${BASE:-alpine}:${TAG:+x} AS a
FROM a AS b
FROM b AS a
FROM scratch
COPY --from=0 / /
COPY --from=7 / /
COPY --from=nonexistent --chmod=999 --chown=: / /
COPY --from=${X} / /
FROM --platform=$BUILDPLATFORM ${UNSET}
FROM
FROM AS
FROM @sha256:
FROM registry:5000/a/b:c@sha256:abc AS
ONBUILD ONBUILD RUN x
ONBUILD
