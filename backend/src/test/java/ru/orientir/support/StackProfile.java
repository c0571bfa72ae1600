package ru.orientir.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real stack once for the whole test run (all test classes share it). */
@QuarkusTestResource(value = RealStack.class, restrictToAnnotatedClass = false)
public final class StackProfile {

    private StackProfile() {}
}
