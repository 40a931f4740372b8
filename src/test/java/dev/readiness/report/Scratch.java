package dev.readiness.report;
public class Scratch { public static void main(String[] a) throws Exception {
  var w = new java.io.StringWriter();
  ReportFormats.standard(new com.fasterxml.jackson.databind.ObjectMapper()).get(a[0]).write(dev.readiness.testing.SampleScan.report(), w);
  System.out.println(w);
}}
