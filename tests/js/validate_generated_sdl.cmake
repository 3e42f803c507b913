# ctest script: generate the SDL of a schema directory with `lysc sdl`, then check it
# with graphql-js. Variables: LYSC, NODE, VALIDATOR, SCHEMAS (input dir), OUT (file).
execute_process(COMMAND ${LYSC} sdl ${SCHEMAS} OUTPUT_FILE ${OUT} ERROR_VARIABLE errors
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lysc sdl ${SCHEMAS} failed (${status}):\n${errors}")
endif()
execute_process(COMMAND ${NODE} ${VALIDATOR} ${OUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "graphql-js rejects the SDL of ${SCHEMAS} (${OUT})")
endif()
