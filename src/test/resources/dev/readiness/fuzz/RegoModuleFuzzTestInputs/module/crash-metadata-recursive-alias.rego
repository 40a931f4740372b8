# METADATA
# custom: &a [*a]
package p
