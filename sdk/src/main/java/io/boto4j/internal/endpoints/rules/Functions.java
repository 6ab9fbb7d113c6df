package io.boto4j.internal.endpoints.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Binds a function call of a rule set to its implementation once, at compile time. */
final class Functions {
    private Functions() {
    }

    static Expr call(String fn, Expr[] a, Partitions partitions) {
        switch (fn) {
            case "isSet":
                arity(fn, a, 1);
                return s -> a[0].eval(s) != null;
            case "not":
                arity(fn, a, 1);
                return s -> !truthy(a[0].eval(s));
            case "getAttr":
                arity(fn, a, 2);
                if (!(a[1] instanceof Expr.Literal lit) || !(lit.value() instanceof String path)) {
                    throw new RuleSetError("getAttr needs a literal path, got " + a[1]);
                }
                return new GetAttr(a[0], GetAttr.parse(path));
            case "stringEquals":
                arity(fn, a, 2);
                return s -> stringEquals(a[0].eval(s), a[1].eval(s));
            case "booleanEquals":
                arity(fn, a, 2);
                return s -> booleanEquals(a[0].eval(s), a[1].eval(s));
            case "substring":
                arity(fn, a, 4);
                return s -> StandardLibrary.substring(a[0].eval(s), (Integer) a[1].eval(s), (Integer) a[2].eval(s),
                        Boolean.TRUE.equals(a[3].eval(s)));
            case "uriEncode":
                arity(fn, a, 1);
                return s -> StandardLibrary.uriEncode((String) a[0].eval(s));
            case "parseURL":
                arity(fn, a, 1);
                return s -> ParsedUrl.parse((String) a[0].eval(s));
            case "isValidHostLabel":
                arity(fn, a, 2);
                return s -> StandardLibrary.isValidHostLabel((String) a[0].eval(s), a[1].eval(s));
            case "aws.partition":
                arity(fn, a, 1);
                return s -> partitions.partitionOf((String) a[0].eval(s));
            case "aws.parseArn":
                arity(fn, a, 1);
                return s -> Arn.parse((String) a[0].eval(s));
            case "aws.isVirtualHostableS3Bucket":
                arity(fn, a, 2);
                return s -> StandardLibrary.isVirtualHostableS3Bucket((String) a[0].eval(s), a[1].eval(s));
            default:
                throw new RuleSetError("Unknown function in rule set: " + fn);
        }
    }

    /** A condition holds unless its value is false or unset (botocore's test). */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String str) {
            return !str.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    private static Boolean stringEquals(Object x, Object y) {
        if (!(x instanceof String) || !(y instanceof String)) {
            throw new RuleSetError("Both values must be strings, not " + Values.pythonType(x) + " and "
                    + Values.pythonType(y) + ".");
        }
        return x.equals(y);
    }

    private static Boolean booleanEquals(Object x, Object y) {
        if (!(x instanceof Boolean) || !(y instanceof Boolean)) {
            throw new RuleSetError("Both arguments must be bools, not " + Values.pythonType(x) + " and "
                    + Values.pythonType(y) + ".");
        }
        return x.equals(y);
    }

    private static void arity(String fn, Expr[] a, int n) {
        if (a.length != n) {
            throw new RuleSetError("Function " + fn + " takes " + n + " arguments, got " + a.length);
        }
    }

    /** {@code getAttr(value, "a.b[0]")}: a path compiled into map keys and list indexes. */
    static final class GetAttr implements Expr {
        private final Expr target;
        private final Object[] steps; // String key or Integer index

        GetAttr(Expr target, Object[] steps) {
            this.target = target;
            this.steps = steps;
        }

        static Object[] parse(String path) {
            List<Object> steps = new ArrayList<>();
            for (String part : path.split("\\.")) {
                int bracket = part.indexOf('[');
                if (bracket >= 0 && part.endsWith("]")) {
                    if (bracket > 0) {
                        steps.add(part.substring(0, bracket));
                    }
                    steps.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
                } else {
                    steps.add(part);
                }
            }
            return steps.toArray();
        }

        @Override
        public Object eval(Object[] scope) {
            Object v = target.eval(scope);
            for (Object step : steps) {
                if (v == null) {
                    return null;
                }
                if (step instanceof Integer i) {
                    v = v instanceof List<?> l && i < l.size() ? l.get(i) : null;
                } else {
                    v = v instanceof Map<?, ?> m ? m.get(step) : null;
                }
            }
            return v;
        }
    }
}
