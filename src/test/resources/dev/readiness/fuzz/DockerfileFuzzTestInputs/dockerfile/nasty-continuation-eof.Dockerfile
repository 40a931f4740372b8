FROM alpine
RUN echo \
# comment

