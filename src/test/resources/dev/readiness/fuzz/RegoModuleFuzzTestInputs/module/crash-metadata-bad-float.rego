# METADATA
# title: !!float abc
package p
