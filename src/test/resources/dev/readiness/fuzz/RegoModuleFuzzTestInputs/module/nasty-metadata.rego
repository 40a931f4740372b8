# METADATA
# title: [unclosed
# scope: nowhere
#   - bad: indentation
package p

# METADATA
# schemas:
#   - input: schema.x
# related_resources: [{ref: 1}]
x := 1
# METADATA
