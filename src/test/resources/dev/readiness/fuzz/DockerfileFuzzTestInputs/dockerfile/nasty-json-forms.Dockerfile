FROM alpine
CMD ["a", "b"
ENTRYPOINT ["a", 1, null, {"x": []}]
RUN [ ]
SHELL []
SHELL ["pwsh", "-c"]
VOLUME ["/a", "/b"] trailing
CMD ["\u0000", "\ud800"]
HEALTHCHECK NONE
HEALTHCHECK --interval=abc --timeout= --retries=-1 CMD ["curl", "-f"]
HEALTHCHECK CMD
