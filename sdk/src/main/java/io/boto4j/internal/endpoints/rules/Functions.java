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
                return new Call(fn, Call.IS_SET, a, 1, null);
            case "not":
                return new Call(fn, Call.NOT, a, 1, null);
            case "getAttr":
                arity(fn, a, 2);
                if (!(a[1] instanceof Expr.Literal lit) || !(lit.value() instanceof String path)) {
                    throw new RuleSetError("getAttr needs a literal path, got " + a[1]);
                }
                return new GetAttr(a[0], GetAttr.parse(path));
            case "stringEquals":
                return new Call(fn, Call.STRING_EQUALS, a, 2, null);
            case "booleanEquals":
                return new Call(fn, Call.BOOLEAN_EQUALS, a, 2, null);
            case "substring":
                return new Call(fn, Call.SUBSTRING, a, 4, null);
            case "uriEncode":
                return new Call(fn, Call.URI_ENCODE, a, 1, null);
            case "parseURL":
                return new Call(fn, Call.PARSE_URL, a, 1, null);
            case "isValidHostLabel":
                return new Call(fn, Call.IS_VALID_HOST_LABEL, a, 2, null);
            case "aws.partition":
                return new Call(fn, Call.PARTITION, a, 1, partitions);
            case "aws.parseArn":
                return new Call(fn, Call.PARSE_ARN, a, 1, null);
            case "aws.isVirtualHostableS3Bucket":
                return new Call(fn, Call.VIRTUAL_HOSTABLE_BUCKET, a, 2, null);
            default:
                throw new RuleSetError("Unknown function in rule set: " + fn);
        }
    }

    /**
     * A call of one of the standard library's functions, bound by number: one class for all of them, where a
     * lambda per function would spin a class each on a fresh JVM's first endpoint resolution.
     */
    static final class Call implements Expr {
        static final int IS_SET = 0;
        static final int NOT = 1;
        static final int STRING_EQUALS = 2;
        static final int BOOLEAN_EQUALS = 3;
        static final int SUBSTRING = 4;
        static final int URI_ENCODE = 5;
        static final int PARSE_URL = 6;
        static final int IS_VALID_HOST_LABEL = 7;
        static final int PARTITION = 8;
        static final int PARSE_ARN = 9;
        static final int VIRTUAL_HOSTABLE_BUCKET = 10;

        private final int function;
        private final Expr[] a;
        private final Partitions partitions;

        Call(String name, int function, Expr[] a, int arity, Partitions partitions) {
            arity(name, a, arity);
            this.function = function;
            this.a = a;
            this.partitions = partitions;
        }

        @Override
        public Object eval(Object[] s) {
            switch (function) {
                case IS_SET:
                    return a[0].eval(s) != null;
                case NOT:
                    return !truthy(a[0].eval(s));
                case STRING_EQUALS:
                    return stringEquals(a[0].eval(s), a[1].eval(s));
                case BOOLEAN_EQUALS:
                    return booleanEquals(a[0].eval(s), a[1].eval(s));
                case SUBSTRING:
                    return StandardLibrary.substring(a[0].eval(s), (Integer) a[1].eval(s), (Integer) a[2].eval(s),
                            Boolean.TRUE.equals(a[3].eval(s)));
                case URI_ENCODE:
                    return StandardLibrary.uriEncode((String) a[0].eval(s));
                case PARSE_URL:
                    return ParsedUrl.parse((String) a[0].eval(s));
                case IS_VALID_HOST_LABEL:
                    return StandardLibrary.isValidHostLabel((String) a[0].eval(s), a[1].eval(s));
                case PARTITION:
                    return partitions.partitionOf((String) a[0].eval(s));
                case PARSE_ARN:
                    return Arn.parse((String) a[0].eval(s));
                case VIRTUAL_HOSTABLE_BUCKET:
                    return StandardLibrary.isVirtualHostableS3Bucket((String) a[0].eval(s), a[1].eval(s));
                default:
                    throw new IllegalStateException("function number " + function);
            }
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
