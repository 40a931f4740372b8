[=marker]
# Weekly update pull requests for every package ecosystem of the stack.
version: 2
updates:
[#list updates as u]
  - package-ecosystem: [=u.ecosystem]
    directory: "[=u.directory]"
    schedule:
      interval: weekly
    open-pull-requests-limit: 5
[/#list]
