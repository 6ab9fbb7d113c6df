package io.boto4j.dynamodb.conditions;

/**
 * Static factories that read like boto3's: {@code import static io.boto4j.dynamodb.conditions.Conditions.*;}
 * then {@code Key("pk").eq(v).and(Key("sk").beginsWith("a"))}, {@code not(Attr("x").exists())}.
 */
public final class Conditions {
    private Conditions() {
    }

    @SuppressWarnings("checkstyle:MethodName")
    public static Key Key(String name) {
        return new Key(name);
    }

    @SuppressWarnings("checkstyle:MethodName")
    public static Attr Attr(String name) {
        return new Attr(name);
    }

    /** boto3's {@code ~condition}. */
    public static Condition not(Condition condition) {
        return condition.not();
    }
}
