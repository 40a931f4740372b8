FROM alpine
LABEL name="<b>é​🐳</b>"
RUN echo   
USER é
