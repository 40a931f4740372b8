# syntax=docker/dockerfile:1
# escape=`
# check=skip=all
# escape=\
FROM alpine AS base
RUN echo a `
  && echo b `

COPY . /app
