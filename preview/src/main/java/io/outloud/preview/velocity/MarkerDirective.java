package io.outloud.preview.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/** A directive that renders nothing; its presence in the parsed template is what matters (see {@link AntiXssOptIn}). */
abstract class MarkerDirective extends Directive {
    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
