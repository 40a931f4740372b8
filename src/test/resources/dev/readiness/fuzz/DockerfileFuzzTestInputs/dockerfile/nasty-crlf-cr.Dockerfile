FROM alpine
RUN a \
  bCMD c