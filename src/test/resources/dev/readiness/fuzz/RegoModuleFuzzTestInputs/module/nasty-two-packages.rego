package a
package b
