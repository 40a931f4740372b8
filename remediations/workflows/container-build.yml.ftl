[=marker]
# Builds every image of the stack, scans it with Trivy, and pushes it to GHCR on main and tags.
name: Container images

on:
  push:
[#if mainBranch??]
    branches: [[=mainBranch]]
[/#if]
    tags: ["v*"]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: container-build-${{ github.ref }}
  cancel-in-progress: true

jobs:
  image:
    name: Build ${{ matrix.image.name }}
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
    strategy:
      fail-fast: false
      matrix:
        image:
[#list images as i]
          - name: [=i.name]
            context: [=i.context]
            dockerfile: [=i.dockerfile]
[/#list]
    steps:
      - name: Check out
        uses: [=uses["actions/checkout"]]

      - name: Set up Buildx
        uses: [=uses["docker/setup-buildx-action"]]

      - name: Image name
        # GHCR needs lower-case repository names.
        run: echo "IMAGE=ghcr.io/${GITHUB_REPOSITORY,,}/${{ matrix.image.name }}" >> "$GITHUB_ENV"

      - name: Tags and labels
        id: meta
        uses: [=uses["docker/metadata-action"]]
        with:
          images: ${{ env.IMAGE }}
          tags: |
            type=ref,event=branch
            type=ref,event=pr
            type=semver,pattern={{version}}
            type=sha,format=long

      - name: Build
        uses: [=uses["docker/build-push-action"]]
        with:
          context: ${{ matrix.image.context }}
          file: ${{ matrix.image.dockerfile }}
          load: true
          tags: ${{ env.IMAGE }}:scan
          cache-from: type=gha,scope=${{ matrix.image.name }}
          cache-to: type=gha,mode=max,scope=${{ matrix.image.name }}

      - name: Scan the image
        uses: [=uses["aquasecurity/trivy-action"]]
        with:
          image-ref: ${{ env.IMAGE }}:scan
          severity: CRITICAL,HIGH
          ignore-unfixed: true
          exit-code: "1"

      - name: Log in to GHCR
        if: github.event_name != 'pull_request'
        uses: [=uses["docker/login-action"]]
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}

      - name: Push
        if: github.event_name != 'pull_request'
        uses: [=uses["docker/build-push-action"]]
        with:
          context: ${{ matrix.image.context }}
          file: ${{ matrix.image.dockerfile }}
          push: true
          tags: ${{ steps.meta.outputs.tags }}
          labels: ${{ steps.meta.outputs.labels }}
          cache-from: type=gha,scope=${{ matrix.image.name }}
