"""blocks/pass_thanks.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '887281216f5e0b6a63372316786f4093'
JINJA = '3.1.6'
MACROS = (('others_1', ('c',)), ('others_2', ('c',)), ('others_3', ('c',)), ('panel_1', ('c',)), ('panel_2', ('c',)), ('panel_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/pass_thanks.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_others_1 = l_0_others_2 = l_0_others_3 = l_0_panel_1 = l_0_panel_2 = l_0_panel_3 = missing
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['names']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'names' found.")
        pass
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Please also pass my thanks to %(names)s.', names=t_2(environment.getattr(l_1_c, 'referents')))),
            )
            return concat(t_3)
        context.exported_vars.add('others_1')
        context.vars['others_1'] = l_0_others_1 = Macro(environment, macro, 'others_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))("I'd be grateful if you could thank %(names)s for me as well.", "I'd be grateful if you could thank %(names)s for me as well; I enjoyed talking with each of them.", t_1(environment.getattr(l_1_c, 'others')), count=t_1(environment.getattr(l_1_c, 'others')), names=t_2(environment.getattr(l_1_c, 'referents')))),
            )
            return concat(t_4)
        context.exported_vars.add('others_2')
        context.vars['others_2'] = l_0_others_2 = Macro(environment, macro, 'others_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))("I also appreciated %(names)s's time and thoughtful questions.", 'Please thank %(names)s for me as well; I appreciated their time and thoughtful questions.', t_1(environment.getattr(l_1_c, 'others')), count=t_1(environment.getattr(l_1_c, 'others')), names=t_2(environment.getattr(l_1_c, 'referents')))),
            )
            return concat(t_5)
        context.exported_vars.add('others_3')
        context.vars['others_3'] = l_0_others_3 = Macro(environment, macro, 'others_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Please also pass my thanks to the rest of the panel; I enjoyed meeting everyone.')),
            )
            return concat(t_6)
        context.exported_vars.add('panel_1')
        context.vars['panel_1'] = l_0_panel_1 = Macro(environment, macro, 'panel_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be grateful if you could thank the others on the panel for me as well.")),
            )
            return concat(t_7)
        context.exported_vars.add('panel_2')
        context.vars['panel_2'] = l_0_panel_2 = Macro(environment, macro, 'panel_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('My thanks go to everyone else I met during the interviews, too.')),
            )
            return concat(t_8)
        context.exported_vars.add('panel_3')
        context.vars['panel_3'] = l_0_panel_3 = Macro(environment, macro, 'panel_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=24&3=36&4=48&5=60&6=72&7=84'
    return locals()
