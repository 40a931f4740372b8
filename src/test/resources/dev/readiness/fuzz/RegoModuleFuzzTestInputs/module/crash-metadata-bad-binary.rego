# METADATA
# title: !!binary "@@@"
package p
