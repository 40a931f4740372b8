# Finding constructors: every check reports {message, file, line, resource}.
package readiness.lib.findings

import rego.v1

# A finding about a compose service.
service(svc, msg) := {"message": msg, "file": svc.file, "line": svc.line, "resource": sprintf("service:%s", [svc.name])}

# A finding at a file position about a named resource.
at(file, line, resource, msg) := {"message": msg, "file": file, "line": line, "resource": resource}

# A finding about a file as a whole.
file(path, msg) := {"message": msg, "file": path, "line": null, "resource": null}

# A repository-level finding (something missing).
repo(msg) := {"message": msg, "file": null, "line": null, "resource": null}
