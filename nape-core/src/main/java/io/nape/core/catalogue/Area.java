package io.nape.core.catalogue;

/** Name the part of the body an exercise works on. */
public enum Area {
    NECK,
    SHOULDER_GIRDLE,
    BACK_OF_HEAD,
    UPPER_BACK,
    ARMS,
    WHOLE_BODY
}
