RUN echo only
CMD x
