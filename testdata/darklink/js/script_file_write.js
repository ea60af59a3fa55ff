function setHome(){}
var s = '<div style="position:absolute;top:-999px">';
document.writeln('<div style="position:absolute;top:-999px"><a href="http://www.ssc-cq.net/">重庆时时彩</a>');
document.writeln('<a href="http://www.xyft168.com/">幸运飞艇</a></div>');
