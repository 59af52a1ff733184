package io.outloud.preview.velocity;

import java.lang.reflect.Method;
import java.util.Objects;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.ArrayListWrapper;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity introspection with Confluence 9's method allowlist on top of Velocity's SecureUberspector.
 * Every method a template reaches ($a.b(), $a.name → getName(), #set($a.b = ..)) passes the {@link MethodGate},
 * which Velocity cannot hand over by constructor, so it travels as an application attribute.
 */
public class AllowlistUberspector extends SecureUberspector {
    static final String GATE_ATTRIBUTE = MethodGate.class.getName();

    private MethodGate gate;

    @Override
    public void init() {
        super.init();
        gate = Objects.requireNonNull((MethodGate) rsvc.getApplicationAttribute(GATE_ATTRIBUTE), "MethodGate application attribute");
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method == null && obj != null && ForbiddenMethods.isForbiddenType(obj.getClass())) {
            gate.rejectForbiddenReceiver(obj.getClass(), methodName, info);
        }
        return method != null && permits(obj, method.getMethod(), info) ? method : null;
    }

    /** Same lookup order as UberspectImpl (getFoo, Map.get, get("foo"), isFoo), but we keep the executor to vet its method. */
    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, obj, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive() && type.isArray()) {
            executor = new BooleanPropertyExecutor(log, introspector, ArrayListWrapper.class, identifier, true);
        }
        return executor.isAlive() && permits(obj, executor.getMethod(), info) ? new VelGetterImpl(executor) : null;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, identifier, arg);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, arg, identifier);
        }
        return executor.isAlive() && permits(obj, executor.getMethod(), info) ? new VelSetterImpl(executor) : null;
    }

    private boolean permits(Object receiver, Method method, Info info) {
        return method != null && gate.permits(receiver.getClass(), method, info);
    }
}
