var hello = AJS.I18n.getText('test.hello', 'you');
var missing = AJS.I18n.getText("test.missing");
