FROM alpine
ENV
ENV a
ENV a=b c="d e" f='g' h=\ i
ENV a b c d
LABEL "x"="y" z
EXPOSE 80/tcp 99999 -1 ${P} 8000-8010/udp abc/xyz :
USER 0:0
USER ${U:-root}
WORKDIR relative/${W}
STOPSIGNAL
ARG A=${A}
ARG
RUN --mount=type=secret,id=x,target=/run/secrets/x --network=none --security=insecure cat /run/secrets/x
RUN --mount= --
ADD http://example.invalid/x /y
ADD --checksum=sha256:00 --keep-git-dir=true git@github.com:a/b.git /z
COPY
MAINTAINER someone
UNKNOWN instruction
run lower case
  FrOm mixed
RUN curl -fsSL https://x | sh && apt-get install -y x && pip install y && npm i z && echo $SECRET_TOKEN
RUN export AWS_SECRET_ACCESS_KEY=abcd && docker login -p hunter2
