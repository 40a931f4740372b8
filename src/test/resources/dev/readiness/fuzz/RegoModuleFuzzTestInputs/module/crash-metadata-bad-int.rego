# METADATA
# title: !!int 0xZZ
package p
